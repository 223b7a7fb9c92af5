package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"printf", "%s-%s", "a b", "c"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(string(r.Stdout), "['"+strings.Join(r.Args, "', '")+"']", len(r.Args))
	r, _ = subprocess.Run([]string{"sh", "-c", "echo $#", "zero", "1", "2", "3"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
}
