package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var parent = os.Getpid()

func info(x, parentPid int) string {
	b := "False"
	if os.Getpid() != parentPid {
		b = "True"
	}
	return fmt.Sprintf("(%d, %s)", x, b)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	multiprocessing.Main(info, abs)
	pool := multiprocessing.NewPool(3)
	r, _ := pool.Apply(info, 5, parent)
	fmt.Println(r)
	var rs []*multiprocessing.AsyncResult
	for i := range 6 {
		rs = append(rs, pool.ApplyAsync(info, i, parent))
	}
	var out []string
	for _, r := range rs {
		v, _ := r.GetTimeout(30 * time.Second)
		out = append(out, v.(string))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	m, _ := pool.Map(abs, []int{-1, -2, 3})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(m), " ", ", "))
	pool.Terminate()
}
