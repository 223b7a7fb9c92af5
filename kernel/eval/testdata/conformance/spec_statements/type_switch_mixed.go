package main

import (
	"fmt"
	"strconv"
)

type Temp float64
type Label string

func (l Label) String() string { return "label:" + string(l) }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case Temp:
		return "temp " + strconv.FormatFloat(float64(v), 'f', 1, 64)
	case fmt.Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	case []any:
		return fmt.Sprint("list of ", len(v))
	case func() int:
		return fmt.Sprint("func ", v())
	default:
		return fmt.Sprintf("default %T", v)
	}
}

func main() {
	vals := []any{nil, 1, int64(2), Temp(3.5), Label("x"), fmt.Errorf("e"), []any{1, 2}, func() int { return 9 }, 2.5, "s"}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var t any = Temp(1)
	fmt.Println(describe(t))
}
