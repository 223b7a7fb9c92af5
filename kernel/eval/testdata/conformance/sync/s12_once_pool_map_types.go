package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Config struct {
	Name  string
	Ports []int
}

var (
	cfgOnce sync.Once
	cfg     *Config
	loads   int
)

func GetConfig() *Config {
	cfgOnce.Do(func() {
		loads++
		cfg = &Config{"prod", []int{80, 443}}
	})
	return cfg
}

type Key struct {
	Tenant string
	ID     int
}

type Registry struct {
	mu    sync.RWMutex
	items map[Key]string
}

func (r *Registry) Put(k Key, v string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items[k] = v
}

func (r *Registry) Get(k Key) (string, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.items[k]
	return v, ok
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); GetConfig() }()
	}
	wg.Wait()
	fmt.Println(loads, GetConfig().Name, GetConfig().Ports)
	pool := sync.Pool{New: func() any { return new(strings.Builder) }}
	sb := pool.Get().(*strings.Builder)
	sb.WriteString("pooled")
	fmt.Println(sb.String())
	sb.Reset()
	pool.Put(sb)
	var m sync.Map
	m.Store(Key{"a", 1}, Config{Name: "x"})
	m.Store(Key{"b", 2}, Config{Name: "y"})
	v, ok := m.Load(Key{"a", 1})
	fmt.Println(v.(Config).Name, ok)
	act, loaded := m.LoadOrStore(Key{"a", 1}, Config{Name: "z"})
	fmt.Println(act.(Config).Name, loaded)
	m.Delete(Key{"b", 2})
	old, swapped := m.Swap(Key{"c", 3}, "c")
	fmt.Println(old, swapped, m.CompareAndSwap(Key{"c", 3}, "c", "c2"), m.CompareAndSwap(Key{"c", 3}, "c", "c3"))
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k.(Key).Tenant, k.(Key).ID, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	r := &Registry{items: map[Key]string{}}
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) { defer wg.Done(); r.Put(Key{"t", i % 5}, fmt.Sprint(i%5)) }(i)
	}
	wg.Wait()
	got, ok := r.Get(Key{"t", 3})
	fmt.Println(len(r.items), got, ok)
	onceVal := sync.OnceValue(func() []Key { loads++; return []Key{{"x", 1}} })
	fmt.Println(onceVal(), onceVal(), loads)
	ov, err := sync.OnceValues(func() (Config, error) { return Config{Name: "ov"}, nil })()
	fmt.Println(ov.Name, err)
}
