package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, code := range []int{-1, 300, 128} {
		r, _ := subprocess.Run([]string{"sh", "-c", fmt.Sprintf("exit %d", code)})
		fmt.Println(code, r.Returncode)
	}
}
