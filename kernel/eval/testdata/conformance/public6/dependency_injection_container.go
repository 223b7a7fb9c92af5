package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Container struct {
	providers map[reflect.Type]func(*Container) (any, error)
	instances map[reflect.Type]any
	resolving map[reflect.Type]bool
	log       []string
}

func NewContainer() *Container {
	return &Container{providers: map[reflect.Type]func(*Container) (any, error){}, instances: map[reflect.Type]any{}, resolving: map[reflect.Type]bool{}}
}

func Provide[T any](c *Container, f func(*Container) (T, error)) {
	c.providers[reflect.TypeFor[T]()] = func(c *Container) (any, error) { return f(c) }
}

var ErrNoProvider = errors.New("no provider")

func Resolve[T any](c *Container) (T, error) {
	var zero T
	t := reflect.TypeFor[T]()
	if v, ok := c.instances[t]; ok {
		return v.(T), nil
	}
	if c.resolving[t] {
		return zero, fmt.Errorf("cycle resolving %v", t)
	}
	p, ok := c.providers[t]
	if !ok {
		return zero, fmt.Errorf("%v: %w", t, ErrNoProvider)
	}
	c.resolving[t] = true
	defer delete(c.resolving, t)
	v, err := p(c)
	if err != nil {
		return zero, fmt.Errorf("build %v: %w", t, err)
	}
	c.instances[t] = v
	c.log = append(c.log, t.String())
	return v.(T), nil
}

type Config struct{ DSN string }
type DB struct{ cfg *Config }
type Repo struct{ db *DB }
type Service struct {
	repo *Repo
	cfg  *Config
}

func (s *Service) Describe() string { return "service over " + s.repo.db.cfg.DSN }

type Mailer interface{ Send(string) string }

func main() {
	c := NewContainer()
	Provide(c, func(*Container) (*Config, error) { return &Config{DSN: "postgres://db"}, nil })
	Provide(c, func(c *Container) (*DB, error) {
		cfg, err := Resolve[*Config](c)
		return &DB{cfg}, err
	})
	Provide(c, func(c *Container) (*Repo, error) {
		db, err := Resolve[*DB](c)
		return &Repo{db}, err
	})
	Provide(c, func(c *Container) (*Service, error) {
		r, err := Resolve[*Repo](c)
		if err != nil {
			return nil, err
		}
		cfg, _ := Resolve[*Config](c)
		return &Service{r, cfg}, nil
	})
	svc, err := Resolve[*Service](c)
	fmt.Println(svc.Describe(), err)
	svc2, _ := Resolve[*Service](c)
	fmt.Println(svc == svc2, svc.cfg == svc.repo.db.cfg, strings.Join(c.log, " -> "))
	_, err = Resolve[Mailer](c)
	fmt.Println(err, errors.Is(err, ErrNoProvider))
	type A struct{}
	type B struct{}
	Provide(c, func(c *Container) (A, error) { _, err := Resolve[B](c); return A{}, err })
	Provide(c, func(c *Container) (B, error) { _, err := Resolve[A](c); return B{}, err })
	_, err = Resolve[A](c)
	fmt.Println(err)
	types := []string{}
	for t := range c.providers {
		types = append(types, t.String())
	}
	sort.Strings(types)
	fmt.Println(types)
}
