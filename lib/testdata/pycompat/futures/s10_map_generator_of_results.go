package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func risky(x any) any {
	n := x.(int)
	if n == 3 {
		panic("ZeroDivisionError: division by zero")
	}
	if n != 4 {
		return 10 / (4 - n)
	}
	return 0
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	out, err := ex.Map(risky, []any{0, 1, 2, 3, 4, 5})
	if err != nil {
		fmt.Println(err)
	}
	var s []string
	for _, r := range out {
		s = append(s, fmt.Sprint(r))
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
	up, _ := ex.Map(func(x any) any { return strings.ToUpper(x.(string)) }, []any{"a", "b"})
	fmt.Printf("['%s', '%s']\n", up[0], up[1])
	ex.Shutdown(true, false)
}
