package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func tag(x int, parent int) string {
	t := "False"
	if os.Getpid() != parent {
		t = "True"
	}
	return strconv.Itoa(x) + "-" + t
}

func main() {
	multiprocessing.Main(tag)
	parent := os.Getpid()
	pool := multiprocessing.NewPool(1)
	var out []string
	for i := range 3 {
		v, _ := pool.Apply(tag, i, parent)
		out = append(out, "'"+v.(string)+"'")
	}
	pool.Terminate()
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
