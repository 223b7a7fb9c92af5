package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func render(v any, indent string) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(x)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		return strconv.Quote(x)
	case []any:
		if len(x) == 0 {
			return "[]"
		}
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = indent + "  " + render(e, indent+"  ")
		}
		return "[\n" + strings.Join(parts, ",\n") + "\n" + indent + "]"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s  %q: %s", indent, k, render(x[k], indent+"  "))
		}
		return "{\n" + strings.Join(parts, ",\n") + "\n" + indent + "}"
	default:
		return fmt.Sprintf("<%T>", x)
	}
}

func main() {
	doc := map[string]any{
		"name":    "gopher",
		"age":     13,
		"score":   9.5,
		"admin":   false,
		"tags":    []any{"go", "fun", 1, nil},
		"address": map[string]any{"city": "Zürich", "zip": "8000"},
		"empty":   []any{},
		"other":   struct{}{},
	}
	fmt.Println(render(doc, ""))
}
