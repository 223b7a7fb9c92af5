package main

import (
	"fmt"
	"sort"
	"strings"
)

type Duration int

func (d Duration) String() string { return fmt.Sprintf("%ds", int(d)) }

type Endpoint struct {
	Host string
	Port int
}

func (e Endpoint) String() string { return fmt.Sprintf("%s:%d", e.Host, e.Port) }

func walk(prefix string, v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(prefix+"."+k, x[k], out)
		}
	case []any:
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", prefix, i), e, out)
		}
	case fmt.Stringer:
		*out = append(*out, fmt.Sprintf("%s = %s (%T)", prefix, x, x))
	case nil:
		*out = append(*out, prefix+" = null")
	default:
		*out = append(*out, fmt.Sprintf("%s = %v (%T)", prefix, x, x))
	}
}

func get(cfg map[string]any, path string) (any, bool) {
	var cur any = cfg
	for _, p := range strings.Split(path, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[p]; !ok {
			return nil, false
		}
	}
	return cur, true
}

func main() {
	cfg := map[string]any{
		"name":    "svc",
		"timeout": Duration(30),
		"db": map[string]any{
			"primary":  Endpoint{"db1", 5432},
			"replicas": []any{Endpoint{"db2", 5432}, &Endpoint{"db3", 5433}, nil},
			"pool":     16,
		},
		"features": []any{"a", 2.5, true, []int{1, 2}},
	}
	var lines []string
	walk("cfg", cfg, &lines)
	fmt.Println(strings.Join(lines, "\n"))
	for _, p := range []string{"db.pool", "db.primary", "db.missing", "name.x", "timeout"} {
		v, ok := get(cfg, p)
		fmt.Printf("%s -> %v %v\n", p, v, ok)
	}
	fmt.Println(cfg["db"])
	if d, ok := cfg["timeout"].(Duration); ok {
		cfg["timeout"] = d * 2
	}
	fmt.Printf("%v %d\n", cfg["timeout"], cfg["timeout"])
	db := cfg["db"].(map[string]any)
	db["pool"] = db["pool"].(int) + 1
	fmt.Println(cfg["db"].(map[string]any)["pool"])
}
