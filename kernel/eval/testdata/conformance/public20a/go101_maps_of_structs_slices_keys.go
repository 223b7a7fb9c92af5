package main

import (
	"fmt"
	"sort"
	"strings"
)

type Key struct {
	Region string
	Year   int
}

type Stats struct {
	Count int
	Sum   float64
	Tags  []string
}

func main() {
	sales := []struct {
		region string
		year   int
		amount float64
		tag    string
	}{
		{"eu", 2023, 10, "a"}, {"us", 2023, 20, "b"}, {"eu", 2024, 5, "c"},
		{"eu", 2023, 2.5, "d"}, {"us", 2024, 1, "e"}, {"us", 2023, 4, "f"},
	}
	byKey := map[Key]*Stats{}
	byVal := map[Key]Stats{}
	for _, s := range sales {
		k := Key{s.region, s.year}
		st, ok := byKey[k]
		if !ok {
			st = &Stats{}
			byKey[k] = st
		}
		st.Count++
		st.Sum += s.amount
		st.Tags = append(st.Tags, s.tag)
		v := byVal[k]
		v.Count++
		v.Sum += s.amount
		v.Tags = append(v.Tags, s.tag)
		byVal[k] = v
	}
	keys := make([]Key, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Region != keys[j].Region {
			return keys[i].Region < keys[j].Region
		}
		return keys[i].Year < keys[j].Year
	})
	for _, k := range keys {
		p, v := byKey[k], byVal[k]
		fmt.Printf("%v %d %.1f %s | %d %.1f %v\n", k, p.Count, p.Sum, strings.Join(p.Tags, ""), v.Count, v.Sum, v.Tags)
	}
	nested := map[string]map[int][]string{}
	add := func(a string, b int, c string) {
		if nested[a] == nil {
			nested[a] = map[int][]string{}
		}
		nested[a][b] = append(nested[a][b], c)
	}
	add("x", 1, "p")
	add("x", 1, "q")
	add("y", 2, "r")
	fmt.Println(nested, len(nested["z"]), nested["z"][5] == nil)
	counts := map[[2]string]int{}
	words := strings.Fields("the cat the dog the cat sat")
	for i := 0; i+1 < len(words); i++ {
		counts[[2]string{words[i], words[i+1]}]++
	}
	type kv struct {
		k [2]string
		v int
	}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k[0]+kvs[i].k[1] < kvs[j].k[0]+kvs[j].k[1]
	})
	fmt.Println(kvs)
	set := map[interface{}]struct{}{}
	for _, v := range []interface{}{1, "1", 1.0, Key{"a", 1}, Key{"a", 1}, [2]int{1, 2}, true} {
		set[v] = struct{}{}
	}
	fmt.Println(len(set))
	m := map[string]int{"a": 1}
	m2 := m
	m2["b"] = 2
	fmt.Println(len(m), m)
	delete(m, "zzz")
	v, ok := m["zzz"]
	fmt.Println(v, ok, len(m))
}
