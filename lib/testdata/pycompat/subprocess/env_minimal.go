package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"/bin/sh", "-c", "echo \"[$HOME][$ONLY]\"; env | wc -l"}, subprocess.Options{Env: []string{"ONLY=1"}, CaptureOutput: true, Text: true})
	fmt.Println("['" + strings.Join(strings.Fields(string(r.Stdout)), "', '") + "']")
	r, _ = subprocess.Run([]string{"echo", "found without PATH"}, subprocess.Options{Env: []string{}, CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
}
