import { chromium } from './drivers/chromium';
import { describeJourneys } from './journeys';

describeJourneys(chromium);
