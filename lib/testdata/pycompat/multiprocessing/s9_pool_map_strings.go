package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func shout(s string) string {
	return strings.ToUpper(s) + "!"
}

func main() {
	multiprocessing.Main(shout)
	pool := multiprocessing.NewPool(2)
	rs, _ := pool.Map(shout, []string{"a", "bc", "def"})
	fmt.Printf("['%v', '%v', '%v']\n", rs...)
	pool.Terminate()
}
