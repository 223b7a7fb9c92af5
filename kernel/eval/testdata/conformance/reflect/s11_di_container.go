// A small dependency-injection container: providers registered as funcs,
// resolved by their result types through reflect, with interface types
// bound to implementations and singletons.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Logger interface{ Log(string) }

type Store interface {
	Get(string) (string, bool)
	Put(string, string)
}

type memLogger struct{ lines []string }

func (l *memLogger) Log(s string) { l.lines = append(l.lines, s) }

type mapStore struct {
	log  Logger
	data map[string]string
}

func (s *mapStore) Get(k string) (string, bool) { v, ok := s.data[k]; return v, ok }
func (s *mapStore) Put(k, v string)             { s.log.Log("put " + k); s.data[k] = v }

type Service struct {
	Store Store
	Log   Logger
	Name  string
}

type Container struct {
	providers map[reflect.Type]reflect.Value
	instances map[reflect.Type]reflect.Value
	resolving []string
}

func New() *Container {
	return &Container{providers: map[reflect.Type]reflect.Value{}, instances: map[reflect.Type]reflect.Value{}}
}

func (c *Container) Provide(fn any) error {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.Type().NumOut() == 0 {
		return fmt.Errorf("provider must be a func returning a value, got %T", fn)
	}
	c.providers[v.Type().Out(0)] = v
	return nil
}

var errMissing = errors.New("no provider")

func (c *Container) resolve(t reflect.Type) (reflect.Value, error) {
	if v, ok := c.instances[t]; ok {
		return v, nil
	}
	p, ok := c.providers[t]
	if !ok {
		return reflect.Value{}, fmt.Errorf("%v: %w", t, errMissing)
	}
	c.resolving = append(c.resolving, t.String())
	args := make([]reflect.Value, p.Type().NumIn())
	for i := range args {
		a, err := c.resolve(p.Type().In(i))
		if err != nil {
			return reflect.Value{}, fmt.Errorf("resolving %v: %w", t, err)
		}
		args[i] = a
	}
	out := p.Call(args)
	if len(out) == 2 && !out[1].IsNil() {
		return reflect.Value{}, out[1].Interface().(error)
	}
	c.instances[t] = out[0]
	return out[0], nil
}

func (c *Container) Invoke(fn any) error {
	v := reflect.ValueOf(fn)
	args := make([]reflect.Value, v.Type().NumIn())
	for i := range args {
		a, err := c.resolve(v.Type().In(i))
		if err != nil {
			return err
		}
		args[i] = a
	}
	v.Call(args)
	return nil
}

func main() {
	c := New()
	ml := &memLogger{}
	fmt.Println(c.Provide(func() Logger { return ml }))
	fmt.Println(c.Provide(func(l Logger) Store { return &mapStore{log: l, data: map[string]string{}} }))
	fmt.Println(c.Provide(func(s Store, l Logger) (*Service, error) { return &Service{s, l, "svc"}, nil }))
	fmt.Println(c.Provide(42))
	err := c.Invoke(func(s *Service) {
		s.Store.Put("a", "1")
		s.Store.Put("b", "2")
		v, ok := s.Store.Get("a")
		s.Log.Log(fmt.Sprint("got ", v, ok))
		fmt.Printf("%s %T %T\n", s.Name, s.Store, s.Log)
	})
	fmt.Println(err, strings.Join(ml.lines, " | "))
	fmt.Println(c.resolving)
	err = c.Invoke(func(x fmt.Stringer) {})
	fmt.Println(err, errors.Is(err, errMissing))
	var st Store
	fmt.Println(reflect.TypeOf(&st).Elem().Kind(), reflect.TypeOf(&st).Elem(), reflect.TypeOf(&mapStore{}).Implements(reflect.TypeOf(&st).Elem()))
}
