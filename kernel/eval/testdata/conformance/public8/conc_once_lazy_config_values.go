package main

import (
	"fmt"
	"strings"
	"sync"
)

type Service struct {
	name    string
	initErr error
	once    sync.Once
	deps    []string
	inits   int
}

func (s *Service) init() {
	s.once.Do(func() {
		s.inits++
		if strings.HasPrefix(s.name, "bad") {
			s.initErr = fmt.Errorf("service %s: cannot start", s.name)
			return
		}
		s.deps = []string{s.name + "-db", s.name + "-cache"}
	})
}

func (s *Service) Deps() ([]string, error) {
	s.init()
	return s.deps, s.initErr
}

func main() {
	svcs := []*Service{{name: "api"}, {name: "bad-worker"}}
	var wg sync.WaitGroup
	for range 4 {
		for _, s := range svcs {
			wg.Add(1)
			go func() { defer wg.Done(); s.Deps() }()
		}
		wg.Wait()
	}
	for _, s := range svcs {
		d, err := s.Deps()
		fmt.Println(s.name, d, err, s.inits)
	}
}
