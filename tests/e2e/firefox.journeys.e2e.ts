import { firefox } from './drivers/firefox';
import { describeJourneys } from './journeys';

describeJourneys(firefox);
