package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func slow(x any) any {
	time.Sleep(time.Duration(5-x.(int)) * 10 * time.Millisecond)
	return x.(int) * 10
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 5}
	rs, _ := ex.Map(slow, []any{0, 1, 2, 3, 4})
	var ss []string
	for _, r := range rs {
		ss = append(ss, fmt.Sprint(r))
	}
	fmt.Println("[" + strings.Join(ss, ", ") + "]")
	ex.Shutdown(true, false)
}
