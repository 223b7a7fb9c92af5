package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func f(x any) any {
	if x.(int) == 3 {
		panic(errors.New("ValueError: three"))
	}
	return x.(int) * 2
}

func list(xs []any) string {
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprint(x))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	got, err := ex.Map(f, []any{0, 1, 2, 3, 4, 5})
	if err != nil {
		fmt.Println(err, list(got))
	}
	if _, err := ex.Map(f, []any{3, 1}); err != nil {
		fmt.Println(err)
	}
	r, _ := ex.Map(f, []any{0, 1, 2})
	fmt.Println(list(r))
	ex.Shutdown(true, false)
}
