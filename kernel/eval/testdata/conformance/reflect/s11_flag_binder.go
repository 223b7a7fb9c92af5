// A command-line binder as CLI libraries write it: a struct's fields
// become flags of a flag.FlagSet through reflect (names and usage from
// tags, defaults from the field values), with a flag.Value of a user type.
package main

import (
	"flag"
	"fmt"
	"reflect"
	"strings"
	"time"
)

type Level int

func (l *Level) String() string { return fmt.Sprint(int(*l)) }
func (l *Level) Set(s string) error {
	switch strings.ToLower(s) {
	case "debug":
		*l = 0
	case "info":
		*l = 1
	case "warn":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}

type Options struct {
	Addr    string        `flag:"addr" usage:"listen address"`
	Workers int           `flag:"workers" usage:"number of workers"`
	Verbose bool          `flag:"v" usage:"verbose output"`
	Timeout time.Duration `flag:"timeout" usage:"request timeout"`
	Level   Level         `flag:"level" usage:"log level"`
	Ratio   float64       `flag:"ratio"`
	Ignored string
}

func bind(fs *flag.FlagSet, opts any) error {
	v := reflect.ValueOf(opts).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name := f.Tag.Get("flag")
		if name == "" {
			continue
		}
		usage := f.Tag.Get("usage")
		p := v.Field(i).Addr().Interface()
		switch p := p.(type) {
		case flag.Value:
			fs.Var(p, name, usage)
		case *string:
			fs.StringVar(p, name, *p, usage)
		case *int:
			fs.IntVar(p, name, *p, usage)
		case *bool:
			fs.BoolVar(p, name, *p, usage)
		case *time.Duration:
			fs.DurationVar(p, name, *p, usage)
		case *float64:
			fs.Float64Var(p, name, *p, usage)
		default:
			return fmt.Errorf("field %s: unsupported type %T", f.Name, p)
		}
	}
	return nil
}

func main() {
	opts := &Options{Addr: ":8080", Workers: 4, Timeout: time.Second, Level: 1}
	fs := flag.NewFlagSet("srv", flag.ContinueOnError)
	var usage strings.Builder
	fs.SetOutput(&usage)
	fmt.Println(bind(fs, opts))
	err := fs.Parse([]string{"-workers", "8", "-v", "-timeout=250ms", "-level", "warn", "-ratio", "0.25", "rest", "args"})
	fmt.Println(err, fs.Args())
	fmt.Printf("%+v\n", *opts)
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("%s=%s (default %q) %T\n", f.Name, f.Value, f.DefValue, f.Value) })
	fs2 := flag.NewFlagSet("srv", flag.ContinueOnError)
	fs2.SetOutput(&usage)
	bind(fs2, &Options{})
	fmt.Println(fs2.Parse([]string{"-level", "loud"}))
	fmt.Println(strings.Count(usage.String(), "\n") > 0)
}
