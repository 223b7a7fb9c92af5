package main

import (
	"fmt"
	"reflect"
	"sort"
)

// A tiny dependency-injection container: providers are registered by the
// reflect type of the interface they provide (reflect.TypeOf((*I)(nil)).Elem()),
// and Resolve returns the instance for an interface type.

type Logger interface{ Log(msg string) string }

type Store interface {
	Get(key string) (string, bool)
	Put(key, value string)
}

type prefixLogger struct{ prefix string }

func (l prefixLogger) Log(msg string) string { return l.prefix + msg }

type memStore struct{ m map[string]string }

func (s *memStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *memStore) Put(k, v string)             { s.m[k] = v }

type Container struct {
	providers map[reflect.Type]func(*Container) any
	instances map[reflect.Type]any
}

func NewContainer() *Container {
	return &Container{providers: map[reflect.Type]func(*Container) any{}, instances: map[reflect.Type]any{}}
}

func (c *Container) Provide(iface reflect.Type, f func(*Container) any) {
	if iface.Kind() != reflect.Interface {
		panic("not an interface: " + iface.String())
	}
	c.providers[iface] = f
}

func (c *Container) Resolve(iface reflect.Type) any {
	if v, ok := c.instances[iface]; ok {
		return v
	}
	f, ok := c.providers[iface]
	if !ok {
		panic("no provider for " + iface.String())
	}
	v := f(c)
	if !reflect.TypeOf(v).Implements(iface) {
		panic(fmt.Sprintf("%T does not implement %v", v, iface))
	}
	c.instances[iface] = v
	return v
}

func Resolve[T any](c *Container) T {
	return c.Resolve(reflect.TypeOf((*T)(nil)).Elem()).(T)
}

func main() {
	c := NewContainer()
	c.Provide(reflect.TypeOf((*Logger)(nil)).Elem(), func(*Container) any { return prefixLogger{"[app] "} })
	c.Provide(reflect.TypeFor[Store](), func(*Container) any { return &memStore{m: map[string]string{}} })

	log := Resolve[Logger](c)
	st := Resolve[Store](c)
	st.Put("user", "ada")
	v, ok := Resolve[Store](c).Get("user")
	fmt.Println(log.Log("started"), v, ok)

	var names []string
	for t := range c.providers {
		names = append(names, fmt.Sprintf("%v (%v, %d methods)", t, t.Kind(), t.NumMethod()))
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n)
	}
	fmt.Println(reflect.TypeOf(&memStore{}).Implements(reflect.TypeFor[Store]()),
		reflect.TypeOf(memStore{}).Implements(reflect.TypeFor[Store]()))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c.Provide(reflect.TypeOf(prefixLogger{}), nil)
	}()
}
