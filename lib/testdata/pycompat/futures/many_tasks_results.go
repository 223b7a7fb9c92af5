package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	var fs []*futures.Future
	for i := 0; i < 20; i++ {
		fs = append(fs, ex.Submit(func() any { return 1 << i }))
	}
	s := 0
	for _, f := range fs {
		r, _ := f.Result()
		s += r.(int)
	}
	fmt.Println(s)
	up, _ := ex.Map(func(x any) any { return strings.ToUpper(x.(string)) }, []any{"a", "bc", "def"})
	fmt.Printf("['%s', '%s', '%s']\n", up...)
	ls, _ := ex.Map(func(x any) any { return len(x.(string)) }, []any{"", "x", "xyz"})
	fmt.Printf("[%v, %v, %v]\n", ls...)
	ex.Shutdown(true, false)
}
