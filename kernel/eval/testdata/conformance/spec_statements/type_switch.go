package main

import (
	"errors"
	"fmt"
)

type S struct{ v int }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", v, v)
	case string:
		return "string of " + fmt.Sprint(len(v))
	case error:
		return "error " + v.Error()
	case S:
		return fmt.Sprint("S ", v.v)
	case *S:
		return fmt.Sprint("*S ", v.v)
	case func() int:
		return fmt.Sprint("func ", v())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	for _, x := range []any{nil, 1, int64(2), "abc", errors.New("e"), S{3}, &S{4}, func() int { return 5 }, 1.5, []int{}} {
		fmt.Println(describe(x))
	}
}
