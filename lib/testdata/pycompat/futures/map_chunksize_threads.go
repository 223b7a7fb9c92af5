package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var xs []any
	for i := range 7 {
		xs = append(xs, i)
	}
	rs, _ := ex.Map(func(x any) any { return x.(int) * 10 }, xs)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	us, _ := ex.Map(func(x any) any { return strings.ToUpper(x.(string)) }, []any{"a", "b"})
	fmt.Printf("['%s', '%s']\n", us[0], us[1])
	ex.Shutdown(true, false)
}
