package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"/usr/bin/env"}, subprocess.Options{Env: []string{"ONLY=1", "B=two words"}, CaptureOutput: true, Text: true})
	lines := strings.Split(strings.TrimSuffix(string(r.Stdout), "\n"), "\n")
	sort.Strings(lines)
	fmt.Println("['" + strings.Join(lines, "', '") + "']")
	r, _ = subprocess.Run([]string{"sh", "-c", `echo "[$ONLY]" "[$HOME]"`}, subprocess.Options{Env: []string{"ONLY=x", "PATH=/usr/bin:/bin"}, CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
	_, err := subprocess.Run([]string{"env"}, subprocess.Options{Env: []string{"PATH=/nonexistent"}})
	var nf *subprocess.FileNotFoundError
	if errors.As(err, &nf) {
		fmt.Println("FileNotFoundError:", nf.Name, err)
	}
	r, _ = subprocess.Run([]string{"env"}, subprocess.Options{Env: []string{}, CaptureOutput: true, Text: true})
	fmt.Printf("empty env, default path finds env: %d '%s'\n", r.Returncode, r.Stdout)
}
