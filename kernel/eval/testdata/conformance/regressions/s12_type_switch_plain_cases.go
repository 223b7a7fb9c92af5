// Type switches with cases of predeclared types (s12-wrap: matched by type
// identity first): values of defined types of the notebook and of
// compiled packages never match int or string, values decoded by
// encoding/json, nil, interface cases before and after, bytes vs
// strings, and a switch in a loop over many values.

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

type MyInt int

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

func kind(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v+1)
	case string:
		return "string " + v
	case float64:
		return fmt.Sprint("float64 ", v*2)
	case bool:
		return fmt.Sprint("bool ", !v)
	case []byte:
		return "bytes " + string(v)
	case MyInt:
		return fmt.Sprint("MyInt ", int(v)*10)
	case fmt.Stringer:
		return "Stringer " + v.String()
	case error:
		return "error " + v.Error()
	case time.Duration:
		return "duration " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	vals := []any{1, "a", 2.5, true, []byte("hi"), MyInt(4), Name("x"), errors.New("boom"),
		time.Second, int64(3), uint8(7), nil, struct{}{}, 'r', float32(1.5)}
	for _, v := range vals {
		fmt.Println(kind(v))
	}
	var data any
	if err := json.Unmarshal([]byte(`{"a":1,"b":"s","c":true,"d":null,"e":[1,2],"f":{"g":2.5}}`), &data); err != nil {
		fmt.Println(err)
	}
	m := data.(map[string]any)
	for _, k := range []string{"a", "b", "c", "d", "e", "f"} {
		switch v := m[k].(type) {
		case float64:
			fmt.Println(k, "number", v)
		case string:
			fmt.Println(k, "string", v)
		case bool:
			fmt.Println(k, "bool", v)
		case nil:
			fmt.Println(k, "null")
		case []any:
			fmt.Println(k, "array", len(v))
		case map[string]any:
			fmt.Println(k, "object", v["g"])
		}
	}
	sum := 0
	xs := []any{1, "ab", 2.5, true, MyInt(100)}
	for i := 0; i < 1000; i++ {
		switch v := xs[i%5].(type) {
		case int:
			sum += v
		case string:
			sum += len(v)
		case float64:
			sum += int(v)
		case bool:
			if v {
				sum++
			}
		default:
			sum += 1000
		}
	}
	fmt.Println(sum)
}
