package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, code := range []int{0, 1, 127, 255, 256, 300, 511, 512} {
		r, _ := subprocess.Run([]string{fmt.Sprintf("exit %d", code)}, subprocess.Options{Shell: true})
		c, _ := subprocess.Call([]string{"sh", "-c", fmt.Sprintf("exit %d", code)})
		fmt.Println(code, r.Returncode, c)
	}
	r, _ := subprocess.Run([]string{"sh", "-c", "exit 258"})
	fmt.Println(r)
	if err := r.CheckReturncode(); err != nil {
		fmt.Println(err)
	}
}
