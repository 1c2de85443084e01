from iccwatch.cli import main

main()
