package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	os.Setenv("S16_GREETING", "hello from parent")
	r, _ := subprocess.Run([]string{"sh", "-c", "echo $S16_GREETING"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
	env := append(os.Environ(), "S16_EXTRA=extra")
	r, _ = subprocess.Run([]string{"sh", "-c", "echo $S16_GREETING/$S16_EXTRA"}, subprocess.Options{Env: env, CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
	os.Unsetenv("S16_GREETING")
	r, _ = subprocess.Run([]string{"sh", "-c", `echo "[$S16_GREETING]"`}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Printf("'%s'\n", strings.ReplaceAll(string(r.Stdout), "\n", `\n`))
}
