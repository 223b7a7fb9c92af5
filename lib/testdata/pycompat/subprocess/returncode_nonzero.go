package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "exit 5"})
	fmt.Println(r.Returncode)
	fmt.Println(r)
	if err := r.CheckReturncode(); err != nil {
		fmt.Println(err)
	}
}
