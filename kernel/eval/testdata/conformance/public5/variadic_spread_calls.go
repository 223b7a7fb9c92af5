package main

import (
	"errors"
	"fmt"
	"strings"
)

type Option func(*Config)

type Config struct {
	Name    string
	Retries int
	Tags    []string
	Verbose bool
}

func WithRetries(n int) Option { return func(c *Config) { c.Retries = n } }
func WithTags(tags ...string) Option {
	return func(c *Config) { c.Tags = append(c.Tags, tags...) }
}
func Verbose() Option { return func(c *Config) { c.Verbose = true } }

func New(name string, opts ...Option) *Config {
	c := &Config{Name: name, Retries: 1}
	for _, o := range opts {
		o(c)
	}
	return c
}

func divmod(a, b int) (int, int) { return a / b, a % b }
func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}
func pair(a, b int) string { return fmt.Sprint(a, "/", b) }
func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func logf(prefix string, args ...any) string {
	return prefix + fmt.Sprint(len(args)) + ":" + fmt.Sprintln(args...)
}

func main() {
	c := New("svc", WithRetries(3), WithTags("a", "b"), Verbose(), WithTags())
	fmt.Printf("%+v\n", *c)
	base := []Option{WithTags("x")}
	c2 := New("other", append(base, WithRetries(0))...)
	fmt.Printf("%+v\n", *c2)
	fmt.Println(pair(divmod(17, 5)))
	fmt.Println(sum(), sum(1), sum([]int{1, 2, 3}...))
	nums := []int{4, 5}
	fmt.Println(sum(append(nums, 6)...), nums)
	fmt.Println(firstErr(nil, errors.New("second"), errors.New("third")), firstErr())
	fmt.Print(logf("a", 1, "x", nil))
	fmt.Print(logf("b"))
	args := []any{"p", 2}
	fmt.Print(logf("c", args...))
	fmt.Print(logf("d", args))
	strs := []string{"x", "y"}
	fmt.Println(strings.Join(append(strs, "z"), "-"), len(strs))
	fmt.Println(fmt.Sprint(divmod(9, 4)))
	var fs []func(...int) int
	fs = append(fs, sum, func(n ...int) int { return len(n) })
	for _, f := range fs {
		fmt.Print(f(1, 2, 3), " ")
	}
	fmt.Println()
}
