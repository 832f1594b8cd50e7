# modeling_dtr_hybrid.py: the Hugging Face transformers wrapper of a DtR Workbench hybrid,
# for
#     AutoModelForCausalLM.from_pretrained(folder, trust_remote_code=True)
# The math is in the sibling file dtr_hybrid_torch.py (plain torch); transformers copies
# both into its module cache (the relative import below names the sibling).
#
# config.json's auto_map must name both classes of this file:
#     "auto_map": {"AutoConfig": "modeling_dtr_hybrid.DtrHybridConfig",
#                  "AutoModelForCausalLM": "modeling_dtr_hybrid.DtrHybridForCausalLM"}
# (transformers 4.3x-4.4x refuses a remote model class whose config_class differs from
# the class AutoConfig produced, and one modeling file serves every source model_type).
# model_type stays the source's ("llama", "qwen2", "qwen3", "mistral"), so the folder
# still loads in the DtR Workbench.
#
# Written against the transformers 4.4x API. No KV cache: generate() recomputes the full
# forward per new token (the linear layers' recurrent state is not carried yet).
# Positions are 0..T-1 for every row; an attention mask only hides padding (as in the
# DtR engine), it does not shift positions.

import torch
import torch.nn as nn
import torch.nn.functional as F
import transformers
from transformers import PretrainedConfig, PreTrainedModel
from transformers.modeling_outputs import CausalLMOutputWithPast

try:
    from transformers.generation import GenerationMixin
except ImportError:  # older transformers: PreTrainedModel is the GenerationMixin
    GenerationMixin = object

try:
    from .dtr_hybrid_torch import DecoderStack, HybridConfig
except ImportError:  # imported as a top-level module, e.g. with the export folder on sys.path
    import importlib

    _dh = importlib.import_module("dtr_hybrid_torch")
    DecoderStack, HybridConfig = _dh.DecoderStack, _dh.HybridConfig

_TRANSFORMERS_MAJOR = int(transformers.__version__.split(".")[0])


class DtrHybridConfig(PretrainedConfig):
    """The source model's config plus layer_types and linear_attn_config (attributes,
    as every other config.json field). to_dict keeps the source model_type."""

    model_type = "dtr_hybrid"

    def __init__(self, tie_word_embeddings=False, **kwargs):
        # Llama, Qwen2, Mistral default to untied embeddings (PretrainedConfig to tied).
        super().__init__(tie_word_embeddings=tie_word_embeddings, **kwargs)

    def to_dict(self):
        out = super().to_dict()
        source_type = self.__dict__.get("model_type")
        if source_type:
            out["model_type"] = source_type
        return out


_SOURCE_TYPES = {"LlamaForCausalLM": "llama", "Qwen2ForCausalLM": "qwen2", "Qwen3ForCausalLM": "qwen3",
                 "MistralForCausalLM": "mistral"}


def _config_dict(config):
    d = config.to_dict()
    # The source model_type: set on a DtrHybridConfig instance from config.json, the class
    # attribute of a LlamaConfig etc., else from the export's provenance.
    source_type = getattr(config, "model_type", None)
    if source_type == DtrHybridConfig.model_type:
        archs = (d.get("dtr_export") or {}).get("source_architectures") or []
        source_type = next((_SOURCE_TYPES[a] for a in archs if a in _SOURCE_TYPES), source_type)
    d["model_type"] = source_type
    return d


class DtrHybridPreTrainedModel(PreTrainedModel):
    config_class = DtrHybridConfig
    base_model_prefix = "model"
    supports_gradient_checkpointing = False
    _no_split_modules = ["DecoderLayer"]

    def _init_weights(self, module):
        std = getattr(self.config, "initializer_range", 0.02)
        if isinstance(module, nn.Linear):
            module.weight.data.normal_(mean=0.0, std=std)
            if module.bias is not None:
                module.bias.data.zero_()
        elif isinstance(module, nn.Embedding):
            module.weight.data.normal_(mean=0.0, std=std)


class DtrHybridForCausalLM(DtrHybridPreTrainedModel, GenerationMixin):
    """model (embed_tokens, layers with self_attn or linear_attn, norm) and lm_head, with
    the checkpoint's tensor names. forward returns CausalLMOutputWithPast (loss when
    labels are given; past_key_values always None)."""

    if _TRANSFORMERS_MAJOR >= 5:
        _tied_weights_keys = {"lm_head.weight": "model.embed_tokens.weight"}
    else:
        _tied_weights_keys = ["lm_head.weight"]

    def __init__(self, config):
        super().__init__(config)
        arch = HybridConfig(_config_dict(config))
        self.model = DecoderStack(arch)
        # Always present; transformers ties it to embed_tokens when tie_word_embeddings.
        self.lm_head = nn.Linear(arch.hidden_size, arch.vocab_size, bias=False)
        self.post_init()

    def get_input_embeddings(self):
        return self.model.embed_tokens

    def set_input_embeddings(self, value):
        self.model.embed_tokens = value

    def get_output_embeddings(self):
        return self.lm_head

    def set_output_embeddings(self, value):
        self.lm_head = value

    def forward(self, input_ids=None, attention_mask=None, position_ids=None, past_key_values=None,
                inputs_embeds=None, labels=None, use_cache=None, output_attentions=None,
                output_hidden_states=None, return_dict=None, cache_position=None, **kwargs):
        if inputs_embeds is not None:
            raise ValueError("DtrHybridForCausalLM takes input_ids, not inputs_embeds")
        if input_ids is None:
            raise ValueError("DtrHybridForCausalLM needs input_ids")
        if output_attentions:
            raise ValueError("DtrHybridForCausalLM cannot output attention weights (linear layers have none)")
        if attention_mask is not None and bool(attention_mask.all()):
            attention_mask = None  # all tokens real: the same as no mask
        want_hidden = bool(output_hidden_states if output_hidden_states is not None
                           else getattr(self.config, "output_hidden_states", False))
        out = self.model(input_ids, attention_mask=attention_mask, position_ids=position_ids,
                         output_hidden_states=want_hidden)
        h, hidden = out if want_hidden else (out, None)
        logits = self.lm_head(h)
        loss = None
        if labels is not None:
            shift_logits = logits[:, :-1, :].float().reshape(-1, logits.shape[-1])
            shift_labels = labels[:, 1:].to(logits.device).reshape(-1)
            loss = F.cross_entropy(shift_logits, shift_labels, ignore_index=-100)
        if return_dict is None:
            return_dict = getattr(self.config, "use_return_dict", True)
        if not return_dict:
            result = (logits,) + ((tuple(hidden),) if hidden is not None else ())
            return ((loss,) + result) if loss is not None else result
        return CausalLMOutputWithPast(loss=loss, logits=logits, past_key_values=None,
                                      hidden_states=tuple(hidden) if hidden is not None else None)

    # No cache: every generation step gets the whole sequence.
    def prepare_inputs_for_generation(self, input_ids, attention_mask=None, **kwargs):
        return {"input_ids": input_ids, "attention_mask": attention_mask}

    def generate(self, *args, **kwargs):
        kwargs.setdefault("use_cache", False)
        return super().generate(*args, **kwargs)
