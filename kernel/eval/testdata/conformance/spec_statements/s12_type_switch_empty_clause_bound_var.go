package main

import "fmt"

// An empty clause of a type switch that binds a variable ends the switch;
// the statements after the switch run.

func describe(v any) string {
	switch t := v.(type) {
	case int:
		return fmt.Sprint("int ", t+1)
	case string, []byte:
		// ignored kinds
	case nil:
	}
	return "other"
}

func suffix(v any) (s string) {
	switch t := v.(type) {
	case string:
	case int:
		s = fmt.Sprint(t)
	default:
		s = "?"
	}
	return s + "!"
}

func count(vals []any) (ints, skipped int) {
	for _, v := range vals {
		switch x := v.(type) {
		case int:
			ints += x
			continue
		case float64:
		}
		skipped++
	}
	return
}

func main() {
	fmt.Println(describe(1), describe("s"), describe([]byte("b")), describe(nil), describe(2.5))
	fmt.Println(suffix("s"), suffix(7), suffix(1.5))
	fmt.Println(count([]any{1, 2.5, "x", 3, nil}))
}
