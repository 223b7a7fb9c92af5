package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = strings.Cut
var _ = time.Second
var _ threading.Lock

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(0)
	for _, x := range []any{1, "two", 3.5, nil, true, []int{6}, [2]int{7, 8}} {
		q.Put(x)
	}
	names := map[string]string{"int": "int", "string": "str", "float64": "float", "<nil>": "NoneType", "bool": "bool", "[]int": "list", "[2]int": "tuple"}
	var out []string
	for !q.Empty() {
		out = append(out, "'"+names[fmt.Sprintf("%T", q.Get())]+"'")
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
