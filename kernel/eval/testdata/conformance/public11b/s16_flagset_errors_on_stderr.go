package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
)

// A FlagSet made without SetOutput prints its errors and usage on the
// program's standard error: in a notebook, the cell's.
func main() {
	fs := flag.NewFlagSet("resize", flag.ContinueOnError)
	width := fs.Int("w", 80, "width in `columns`")
	verbose := fs.Bool("v", false, "say more")
	fmt.Println("output is stderr:", fs.Output() == os.Stderr)

	err := fs.Parse([]string{"-w", "120", "-depth", "3"})
	fmt.Println("error:", err)

	err = fs.Parse([]string{"-h"})
	fmt.Println("help:", errors.Is(err, flag.ErrHelp))

	fs.PrintDefaults()
	fmt.Println(*width, *verbose)
}
