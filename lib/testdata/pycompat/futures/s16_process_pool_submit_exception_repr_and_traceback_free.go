package main

import (
	"fmt"
	"strconv"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func parse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Errorf("ValueError: invalid literal for int() with base 10: '%s'", s))
	}
	return n
}

func main() {
	multiprocessing.Main(parse)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for _, s := range []string{"12", "x", "-3", "4.5"} {
		fs = append(fs, ex.Submit(parse, s))
	}
	for _, f := range fs {
		if e := f.ExceptionTimeout(30 * time.Second); e != nil {
			fmt.Println(e)
		} else {
			v, _ := f.Result()
			fmt.Println(v)
		}
	}
	ex.Shutdown(true, false)
}
