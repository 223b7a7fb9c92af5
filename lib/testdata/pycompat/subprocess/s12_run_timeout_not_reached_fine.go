package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo quick"}, subprocess.Options{CaptureOutput: true, Text: true, Timeout: 30 * time.Second})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"exit 2"}, subprocess.Options{Shell: true, Timeout: 30 * time.Second})
	fmt.Println(r.Returncode, r)
}
