package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"echo $((6 * 7))"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"exit 9"}, subprocess.Options{Shell: true})
	fmt.Println(r.Returncode, r.Args[0])
	fmt.Println(r)
	if _, err := subprocess.Run([]string{"exit 3"}, subprocess.Options{Shell: true, Check: true}); err != nil {
		fmt.Println(err)
	}
	p, _ := subprocess.NewPopen([]string{"exit 0"}, subprocess.Options{Shell: true})
	p.Wait()
	fmt.Println(p)
}
