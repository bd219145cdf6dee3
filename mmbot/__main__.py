"""`python -m mmbot …` is the same as `mmbot …`."""

import sys

from mmbot.main import main

sys.exit(main())
