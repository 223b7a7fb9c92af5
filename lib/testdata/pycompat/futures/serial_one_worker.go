package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

var log []string

func step(i int) any {
	log = append(log, fmt.Sprintf("start %d", i))
	log = append(log, fmt.Sprintf("end %d", i))
	return i
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	var fs []*futures.Future
	for i := 0; i < 4; i++ {
		fs = append(fs, ex.Submit(func() any { return step(i) }))
	}
	ex.Shutdown(true, false)
	var rs []string
	for _, f := range fs {
		r, _ := f.Result()
		rs = append(rs, fmt.Sprint(r))
	}
	fmt.Println("[" + strings.Join(rs, ", ") + "]")
	fmt.Println("['" + strings.Join(log, "', '") + "']")
}
