from newslint.entry import main

raise SystemExit(main())
