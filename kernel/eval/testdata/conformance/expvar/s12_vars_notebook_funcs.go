package main

import (
	"encoding/json"
	"expvar"
	"fmt"
	"strings"
)

type Stats struct {
	Hits, Misses int
}

func (s *Stats) String() string {
	b, _ := json.Marshal(s)
	return string(b)
}

type Ratio struct{ s *Stats }

func (r Ratio) String() string {
	t := r.s.Hits + r.s.Misses
	if t == 0 {
		return "0"
	}
	return fmt.Sprintf("%.3f", float64(r.s.Hits)/float64(t))
}

func main() {
	st := &Stats{}
	expvar.Publish("s12.cache", st)
	expvar.Publish("s12.ratio", Ratio{st})
	requests := expvar.NewInt("s12.requests")
	load := expvar.NewFloat("s12.load")
	names := expvar.NewMap("s12.byname")
	label := expvar.NewString("s12.label")
	for i := 0; i < 10; i++ {
		requests.Add(1)
		if i%3 == 0 {
			st.Misses++
			names.Add("miss", 1)
		} else {
			st.Hits++
			names.Add("hit", 1)
		}
	}
	load.Set(0.5)
	load.Add(0.25)
	label.Set("v1")
	expvar.Publish("s12.upper", expvar.Func(func() any { return strings.ToUpper(label.Value()) }))
	var mine []string
	expvar.Do(func(kv expvar.KeyValue) {
		if strings.HasPrefix(kv.Key, "s12.") {
			mine = append(mine, kv.Key+"="+kv.Value.String())
		}
	})
	for _, m := range mine {
		fmt.Println(m)
	}
	fmt.Println(expvar.Get("s12.cache").String(), expvar.Get("nope") == nil, requests.Value(), names.Get("hit"))
}
