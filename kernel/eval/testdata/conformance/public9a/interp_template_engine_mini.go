package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// A mini template engine: {{name}}, {{obj.Field}}, {{#each list}}...{{/each}}, {{#if x}}...{{/if}}

type node interface {
	render(sb *strings.Builder, ctx []any) error
}

type text string
type varRef []string
type each struct {
	path []string
	body []node
}
type cond struct {
	path []string
	body []node
}

func lookup(ctx []any, path []string) (any, error) {
	if len(path) == 1 && path[0] == "." {
		return ctx[len(ctx)-1], nil
	}
	for i := len(ctx) - 1; i >= 0; i-- {
		v := reflect.ValueOf(ctx[i])
		ok := true
		for _, p := range path {
			for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
				v = v.Elem()
			}
			switch v.Kind() {
			case reflect.Map:
				v = v.MapIndex(reflect.ValueOf(p))
			case reflect.Struct:
				v = v.FieldByName(p)
			default:
				v = reflect.Value{}
			}
			if !v.IsValid() {
				ok = false
				break
			}
		}
		if ok {
			return v.Interface(), nil
		}
	}
	return nil, fmt.Errorf("no value for %s", strings.Join(path, "."))
}

func (t text) render(sb *strings.Builder, _ []any) error { sb.WriteString(string(t)); return nil }
func (r varRef) render(sb *strings.Builder, ctx []any) error {
	v, err := lookup(ctx, r)
	if err != nil {
		return err
	}
	fmt.Fprint(sb, v)
	return nil
}
func (e each) render(sb *strings.Builder, ctx []any) error {
	v, err := lookup(ctx, e.path)
	if err != nil {
		return err
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice {
		return fmt.Errorf("each: %s is %T, not a slice", strings.Join(e.path, "."), v)
	}
	for i := 0; i < rv.Len(); i++ {
		for _, n := range e.body {
			if err := n.render(sb, append(ctx, rv.Index(i).Interface())); err != nil {
				return err
			}
		}
	}
	return nil
}
func (c cond) render(sb *strings.Builder, ctx []any) error {
	v, err := lookup(ctx, c.path)
	if err != nil {
		return nil
	}
	if rv := reflect.ValueOf(v); !rv.IsValid() || rv.IsZero() {
		return nil
	}
	for _, n := range c.body {
		if err := n.render(sb, ctx); err != nil {
			return err
		}
	}
	return nil
}

var errUnclosed = errors.New("unclosed block")

func parse(src string) ([]node, string, error) {
	var nodes []node
	for src != "" {
		i := strings.Index(src, "{{")
		if i < 0 {
			nodes = append(nodes, text(src))
			break
		}
		if i > 0 {
			nodes = append(nodes, text(src[:i]))
		}
		j := strings.Index(src[i:], "}}")
		if j < 0 {
			return nil, "", errors.New("unterminated tag")
		}
		tag := strings.TrimSpace(src[i+2 : i+j])
		src = src[i+j+2:]
		switch {
		case strings.HasPrefix(tag, "/"):
			return nodes, src, nil
		case strings.HasPrefix(tag, "#each "), strings.HasPrefix(tag, "#if "):
			kw, arg, _ := strings.Cut(tag, " ")
			body, rest, err := parse(src)
			if err != nil {
				return nil, "", err
			}
			if rest == "" && !strings.HasSuffix(src, "}}") {
				return nil, "", fmt.Errorf("%s: %w", kw, errUnclosed)
			}
			src = rest
			if kw == "#each" {
				nodes = append(nodes, each{strings.Split(arg, "."), body})
			} else {
				nodes = append(nodes, cond{strings.Split(arg, "."), body})
			}
		default:
			nodes = append(nodes, varRef(strings.Split(tag, ".")))
		}
	}
	return nodes, "", nil
}

type Item struct {
	Name string
	Qty  int
	Tags []string
}

func render(src string, data any) (string, error) {
	nodes, _, err := parse(src)
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	for _, n := range nodes {
		if err := n.render(&sb, []any{data}); err != nil {
			return sb.String(), err
		}
	}
	return sb.String(), nil
}

func main() {
	data := map[string]any{
		"user":  struct{ Name, Role string }{"Ann", "admin"},
		"items": []Item{{"pen", 2, []string{"blue"}}, {"cup", 0, nil}, {"book", 5, []string{"used", "paper"}}},
		"admin": true,
	}
	out, err := render("Hi {{user.Name}} ({{ user.Role }})\n{{#each items}}- {{Name}} x{{Qty}}{{#if Tags}} [{{#each Tags}}{{.}};{{/each}}]{{/if}}\n{{/each}}{{#if admin}}ADMIN{{/if}}{{#if missing}}never{{/if}}", data)
	fmt.Printf("%s\n%v\n", out, err)
	_, err = render("{{#each user}}x{{/each}}", data)
	fmt.Println(err)
	_, err = render("{{nope.x}}", data)
	fmt.Println(err)
	_, err = render("{{open", data)
	fmt.Println(err)
}
