package main

import (
	"fmt"
	"slices"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	args := []string{"printf", "%s|", "$HOME", "*", "a b", "'q'", "semi;colon", ""}
	r, _ := subprocess.Run(args, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(string(r.Stdout))
	fmt.Println(map[bool]string{true: "True", false: "False"}[slices.Equal(r.Args, args)], r.Returncode)
	r, _ = subprocess.Run([]string{"sh", "-c", `printf "%s|" "$@"`, "sh", "x y", "*"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(string(r.Stdout))
}
