from newslint.cli import main

raise SystemExit(main())
