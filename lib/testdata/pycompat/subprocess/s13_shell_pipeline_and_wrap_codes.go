package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, cmd := range []string{"false | true", "true | false", "exit 300", "exit 256", "(exit 7); echo $?", "kill -9 $$; echo never"} {
		r, _ := subprocess.Run([]string{cmd}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
		fmt.Printf("'%s' %d '%s'\n", cmd, r.Returncode, strings.ReplaceAll(string(r.Stdout), "\n", `\n`))
	}
}
