package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Service interface {
	Name() string
}

type DB struct{ dsn string }
type Cache struct{ db *DB }
type API struct {
	cache *Cache
	db    *DB
}

func (d *DB) Name() string    { return "db(" + d.dsn + ")" }
func (c *Cache) Name() string { return "cache->" + c.db.Name() }
func (a *API) Name() string   { return "api->" + a.cache.Name() }

type Locator struct {
	mu        sync.Mutex
	factories map[string]func(*Locator) (Service, error)
	onces     map[string]*sync.Once
	instances map[string]Service
	errs      map[string]error
	built     []string
}

func NewLocator() *Locator {
	return &Locator{
		factories: map[string]func(*Locator) (Service, error){},
		onces:     map[string]*sync.Once{},
		instances: map[string]Service{},
		errs:      map[string]error{},
	}
}

func (l *Locator) Provide(name string, f func(*Locator) (Service, error)) {
	l.factories[name] = f
	l.onces[name] = new(sync.Once)
}

func (l *Locator) Get(name string) (Service, error) {
	once, ok := l.onces[name]
	if !ok {
		return nil, fmt.Errorf("no provider for %q", name)
	}
	once.Do(func() {
		s, err := l.factories[name](l)
		l.mu.Lock()
		defer l.mu.Unlock()
		l.instances[name], l.errs[name] = s, err
		if err == nil {
			l.built = append(l.built, name)
		}
	})
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.instances[name], l.errs[name]
}

func Must[T Service](l *Locator, name string) T {
	s, err := l.Get(name)
	if err != nil {
		panic(err)
	}
	return s.(T)
}

func main() {
	l := NewLocator()
	l.Provide("db", func(*Locator) (Service, error) { return &DB{"pg://x"}, nil })
	l.Provide("cache", func(l *Locator) (Service, error) { return &Cache{Must[*DB](l, "db")}, nil })
	l.Provide("api", func(l *Locator) (Service, error) {
		return &API{Must[*Cache](l, "cache"), Must[*DB](l, "db")}, nil
	})
	l.Provide("broken", func(*Locator) (Service, error) { return nil, errors.New("no config") })
	var wg sync.WaitGroup
	names := make([]string, 8)
	for i := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, _ := l.Get("api")
			names[i] = s.Name()
		}()
	}
	wg.Wait()
	sort.Strings(names)
	fmt.Println(names[0], names[0] == names[7])
	fmt.Println(l.built)
	a := Must[*API](l, "api")
	fmt.Println(a.db == a.cache.db)
	_, err := l.Get("broken")
	_, err2 := l.Get("broken")
	fmt.Println(err, err == err2)
	_, err = l.Get("nope")
	fmt.Println(err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Must[*DB](l, "broken")
	}()
}
