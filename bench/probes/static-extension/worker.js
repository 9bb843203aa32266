// Empty on purpose: a worker only so that the benchmark finds this extension's id and can stop it.
