from nkclaims.cli import main

raise SystemExit(main())
