package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo ok"}, subprocess.Options{Check: true, CaptureOutput: true, Text: true})
	c := "None"
	if err := r.CheckReturncode(); err != nil {
		c = err.Error()
	}
	fmt.Println(r.Returncode, strings.TrimSpace(string(r.Stdout)), c)
	r, _ = subprocess.Run([]string{"true"}, subprocess.Options{Check: true})
	fmt.Println(r)
}
