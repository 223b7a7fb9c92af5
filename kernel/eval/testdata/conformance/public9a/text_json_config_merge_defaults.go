package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

func merge(dst, src map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range dst {
		out[k] = v
	}
	for k, v := range src {
		if sm, ok := v.(map[string]any); ok {
			if dm, ok := out[k].(map[string]any); ok {
				out[k] = merge(dm, sm)
				continue
			}
		}
		if v == nil {
			delete(out, k)
			continue
		}
		out[k] = v
	}
	return out
}

func flatten(prefix string, v any, out map[string]string) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			p := k
			if prefix != "" {
				p = prefix + "." + k
			}
			flatten(p, e, out)
		}
	case []any:
		for i, e := range x {
			flatten(fmt.Sprintf("%s[%d]", prefix, i), e, out)
		}
	default:
		b, _ := json.Marshal(x)
		out[prefix] = string(b)
	}
}

func diffKeys(a, b map[string]string) (added, removed, changed []string) {
	for k, v := range b {
		if av, ok := a[k]; !ok {
			added = append(added, k)
		} else if av != v {
			changed = append(changed, k)
		}
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			removed = append(removed, k)
		}
	}
	sort.Strings(added)
	sort.Strings(removed)
	sort.Strings(changed)
	return
}

const defaults = `{"server":{"host":"localhost","port":8080,"tls":{"enabled":false}},"log":{"level":"info","outputs":["stdout"]},"features":["a","b"]}`
const override = `{"server":{"port":9090,"tls":{"enabled":true,"cert":"/c.pem"}},"log":{"outputs":["stdout","file"]},"features":null,"debug":true}`

func main() {
	var d, o map[string]any
	if err := json.Unmarshal([]byte(defaults), &d); err != nil {
		panic(err)
	}
	if err := json.Unmarshal([]byte(override), &o); err != nil {
		panic(err)
	}
	m := merge(d, o)
	b, _ := json.MarshalIndent(m, "", "  ")
	fmt.Println(string(b))
	fd, fm := map[string]string{}, map[string]string{}
	flatten("", d, fd)
	flatten("", m, fm)
	keys := make([]string, 0, len(fm))
	for k := range fm {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-22s %s\n", k, fm[k])
	}
	a, r, c := diffKeys(fd, fm)
	fmt.Println("added:", strings.Join(a, ","))
	fmt.Println("removed:", strings.Join(r, ","))
	fmt.Println("changed:", strings.Join(c, ","))
	fmt.Println(reflect.DeepEqual(merge(m, map[string]any{}), m), reflect.DeepEqual(d, m))
	port := m["server"].(map[string]any)["port"]
	fmt.Printf("%T %v\n", port, port)
}
