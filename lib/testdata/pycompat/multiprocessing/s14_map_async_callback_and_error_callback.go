package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func inverse(x int) int {
	if x == 0 {
		panic("ZeroDivisionError: integer division or modulo by zero")
	}
	return 100 / x
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(inverse)
	var got, errs []string
	pool := multiprocessing.NewPool(2)
	collect := func(v any, err error) {
		if err != nil {
			errs = append(errs, "'"+err.Error()+"'")
			return
		}
		var s []string
		for _, x := range v.([]any) {
			s = append(s, fmt.Sprint(x))
		}
		got = append(got, "["+strings.Join(s, ", ")+"]")
	}
	ok := pool.MapAsync(inverse, []any{1, 2, 4, 5})
	ok.AddDoneCallback(collect)
	ok.Wait()
	bad := pool.MapAsync(inverse, []any{1, 0, 4})
	bad.AddDoneCallback(collect)
	bad.Wait()
	fmt.Println(py(ok.Successful()), py(bad.Successful()))
	fmt.Println("[" + strings.Join(got, ", ") + "]")
	fmt.Println("[" + strings.Join(errs, ", ") + "]")
	if _, err := bad.Get(); err != nil {
		fmt.Println("get:", strings.TrimPrefix(err.Error(), "ZeroDivisionError: "))
	}
	pool.Terminate()
}
