package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func inverse(x any) any {
	if x.(int) == 0 {
		panic(errors.New("ZeroDivisionError: division by zero"))
	}
	return 1 / float64(x.(int))
}

func list(vs []any) string {
	var out []string
	for _, v := range vs {
		s := fmt.Sprint(v)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		out = append(out, s)
	}
	return "[" + strings.Join(out, ", ") + "]"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	seen, err := ex.Map(inverse, []any{1, 2, 0, 4})
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println("results before the error:", list(seen))
	rs, _ := ex.Map(inverse, []any{4, 5})
	fmt.Println("fine again:", list(rs))
	rs, _ = ex.Map(inverse, []any{})
	fmt.Println("empty:", list(rs))
	ex.Shutdown(true, false)
}
