package main

import "fmt"

type PE struct{ n int }

func (p *PE) Error() string  { return fmt.Sprintf("ptr-error %d", p.n) }
func (p *PE) String() string { return fmt.Sprintf("ptr-string %d", p.n) }

type Mixed struct{ n int }

func (m *Mixed) Error() string { return fmt.Sprintf("mixed-error %d", m.n) }
func (m Mixed) String() string { return fmt.Sprintf("mixed-string %d", m.n) }

type Box struct {
	S fmt.Stringer
	E error
}

func main() {
	p := &PE{1}
	m := &Mixed{2}
	ss := []fmt.Stringer{p, m, Mixed{3}}
	es := []error{p, m}
	fmt.Println(ss, es)
	fmt.Println(Box{p, m}, Box{Mixed{4}, p})
	fmt.Printf("%v %+v %s\n", Box{m, m}, Box{m, m}, ss)
	for _, s := range ss {
		_, isErr := s.(error)
		fmt.Println(s, isErr)
	}
	ch := make(chan fmt.Stringer, 3)
	for _, s := range ss {
		ch <- s
	}
	close(ch)
	for s := range ch {
		fmt.Println("from chan:", s)
	}
	m.n = 20
	p.n = 10
	fmt.Println(ss, es)
}
